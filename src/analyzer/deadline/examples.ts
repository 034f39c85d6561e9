// Examples of our own for every time rule (TIME_RULES in parse.ts): sentences it reads, with the day they
// were said and the day it must give, and near misses it must not read. Read by lang/rules.test.ts.

/** Per rule id: [[sentence, said on, expected day]…], [[sentence, said on]…] (no deadline by this rule). */
export const timeExamples: Record<string, [[string, string, string][], [string, string][]]> = {
  weekOfMonth: [
    [['Ik stuur het in de eerste week van maart.', '2027-01-11', '2027-03-05']],
    [['De eerste week was zwaar.', '2027-01-11']],
  ],
  nthWeekday: [
    [
      ['We plannen het op de laatste maandag van maart.', '2027-01-11', '2027-03-29'],
      ['I will send it on the second Friday of next month.', '2027-01-11', '2027-02-12'],
    ],
    [['De laatste maandag was druk.', '2027-01-11']],
  ],
  offsetFromDay: [
    [
      ['Ik bel u drie dagen na Pasen.', '2027-01-11', '2027-03-31'],
      ['We leveren het twee weken voor Kerst.', '2026-10-01', '2026-12-11'],
      ['Ik kom de woensdag na Pasen langs.', '2027-01-11', '2027-03-31'],
      ['We send it the day after Boxing Day.', '2026-10-01', '2026-12-27'],
    ],
    [['Twee weken na de vakantie kijken we verder.', '2027-01-11']],
  ],
  monthDays: [
    [['Volgende maand tussen 3 en 9 komt de monteur.', '2027-01-11', '2027-02-09']],
    [['Volgende maand komt de monteur.', '2027-01-11']],
  ],
  date: [
    [
      ['Ik stuur het op 14 februari.', '2027-01-11', '2027-02-14'],
      ['The report is due 2027-03-02.', '2027-01-11', '2027-03-02'],
    ],
    [['Ik woon op nummer 14.', '2027-01-11']],
  ],
  weekday: [
    [
      ['Ik bel u donderdag.', '2027-01-11', '2027-01-14'],
      ['We sturen het uiterlijk vr. naar u toe.', '2027-01-11', '2027-01-15'],
    ],
    [['Ik kijk wat ik kan do.', '2027-01-11']],
  ],
  dayWord: [
    [
      ['Ik mail het morgen.', '2027-01-11', '2027-01-12'],
      ['We regelen het deze namiddag.', '2027-01-11', '2027-01-11'],
      // The end of this conversation is a moment of today.
      ['Ik bel de verhuurder direct na dit gesprek.', '2027-01-11', '2027-01-11'],
      ["I'll log the ticket right after this call.", '2027-01-11', '2027-01-11'],
      ['ik zet het meteen na dit overleg in de planning', '2027-01-11', '2027-01-11'],
      ["I'll forward you her details after this, so you can book it.", '2027-01-11', '2027-01-11'],
      ['I will send the invite right after this call with the agenda in it.', '2027-01-11', '2027-01-11'],
      // "Now" closing the clause: the moment of doing.
      ["I'll cancel the order now, while we're talking.", '2027-01-11', '2027-01-11'],
      ['Ik verstuur de herinnering nu.', '2027-01-11', '2027-01-11'],
    ],
    [
      ['De morgenstond heeft goud in de mond.', '2027-01-11'],
      ['Laten we het voor nu zo laten.', '2027-01-11'],
      ['Now, about the invoice you sent.', '2027-01-11'],
      ['From now on I log every call.', '2027-01-11'],
      ['We nemen geen besluit nu.', '2027-01-11'],
      ['Na het gesprek van vorige maand ging het beter.', '2027-01-11'],
      ['After this call was set up, nothing happened.', '2027-01-11'],
      ['After this season the club closes.', '2027-01-11'],
    ],
  ],
  relativeCount: [
    [
      ['U hoort binnen tien werkdagen van ons.', '2027-04-20', '2027-05-07'],
      ['Over 1 jaar en 3 dagen is het klaar.', '2027-01-11', '2028-01-14'],
      // One hour from now, with an article.
      ['Ik bel u binnen het uur terug.', '2027-01-11', '2027-01-11'],
      ["You'll have the link within the next hour.", '2027-01-11', '2027-01-11'],
    ],
    [
      ['Het duurt twee weken.', '2027-01-11'],
      // Counted from another event, whose day is not said.
      ['We beslissen binnen zes weken na het huisbezoek.', '2027-01-11'],
      ['Please pay within ten days of the delivery.', '2027-01-11'],
    ],
  ],
  monthYear: [
    [
      ['Het verslag volgt februari 2028.', '2027-01-11', '2028-02-29'],
      ['Ik zorg dat het er volgende juni ligt.', '2027-01-11', '2027-06-30'],
    ],
    [['In 2028 wonen we ergens anders.', '2027-01-11']],
  ],
  period: [
    [
      ['Ik stuur het eind van de week.', '2027-01-11', '2027-01-15'],
      ['We doen het dit weekend.', '2027-01-11', '2027-01-17'],
    ],
    [['De week was lang.', '2027-01-11']],
  ],
  weekNumber: [
    [['Het staat gepland in week 12.', '2027-01-11', '2027-03-26']],
    [['Week na week hetzelfde.', '2027-01-11']],
  ],
  dayOfMonth: [
    [
      ['Ik bel u op de 20e terug.', '2027-01-11', '2027-01-20'],
      ['We sturen het de 5e van volgende maand.', '2027-01-11', '2027-02-05'],
      // A spoken ordinal in two words, as speech-to-text writes it.
      ['ill have it ready by the twenty third', '2027-01-11', '2027-01-23'],
      ['We meet again on the thirty first.', '2027-01-11', '2027-01-31'],
    ],
    [
      ['Hij woont op de 2e verdieping.', '2027-01-11'],
      ['The twenty first candidates were invited.', '2027-01-11'],
    ],
  ],
  quarter: [
    [
      ['De nieuwe versie komt in K3.', '2027-01-11', '2027-09-30'],
      ['We deliver in the second quarter.', '2027-01-11', '2027-06-30'],
    ],
    [['Een kwart van de mensen kwam.', '2027-01-11']],
  ],
  holiday: [
    [
      ['Ik stuur het op Koningsdag.', '2027-01-11', '2027-04-27'],
      ['Voor Pasen hoort u van ons.', '2027-01-11', '2027-03-27'],
    ],
    [
      ['Met de kerstboom is het gezellig.', '2027-01-11'],
      ['Ik stuur het na Koningsdag.', '2027-01-11'],
    ],
  ],
  monthAlone: [
    [['We verhuizen in maart.', '2027-01-11', '2027-03-31']],
    [['Maart roert zijn staart.', '2027-01-11']],
  ],
  clock: [[['Ik bel u om 15.00.', '2027-01-11', '2027-01-11']], [['Het kost 15.00 euro.', '2027-01-11']]],
};
