// eld's database is loaded on first need only: when the function words decide, it is never loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './detect.ts';
import { eldDetect, eldLoaded } from './eld.node.ts';

test('eld loads lazily, synchronously, only when the function words leave the language open', () => {
  assert.equal(detectLanguage('Ik stuur u morgen de brief.'), 'nl');
  assert.equal(detectLanguage("I'll send you the letter tomorrow."), 'en');
  assert.equal(
    detectLanguage(
      'We spreken af dat ik de aanvraag voor de scootmobiel uiterlijk vrijdag indien en dat u een kopie krijgt van de beschikking.',
    ),
    'nl',
  );
  assert.equal(eldLoaded(), false);
  // No function words: eld decides, loaded right here, without awaiting anything.
  const lang = eldDetect('Gemeentelijke schuldhulpverlening aanvraagformulier spoedprocedure');
  assert.equal(eldLoaded(), true);
  assert.ok(lang === 'nl' || lang === null);
  assert.equal(eldDetect('Quarterly procurement dashboard reconciliation overview'), 'en');
});
