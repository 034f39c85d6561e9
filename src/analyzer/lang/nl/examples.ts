// Examples of our own for every Dutch cue rule: sentences it must match, and near misses it must not.
// Read by lang/rules.test.ts, which also fails when a rule has no example of either kind.

/** Per rule id (without the "nl." prefix): [sentences that match, sentences that do not]. */
export const examples: Record<string, [string[], string[]]> = {
  'wrapUp.afronden': [
    ['Laten we het gesprek maar afronden.', 'oke we gaan langzaam afronden'],
    ['We gaan de aanvraag volgende week afronden.', 'Ik wil de verbouwing snel afronden.'],
  ],
  'wrapUp.rond-ik-af': [
    ['Dan rond ik af.', 'oke ik rond het hier af'],
    ['Ik rond de berekening morgen af.', 'Rond ik het bedrag af?'],
  ],
  'wrapUp.ronden-af': [
    ['Dan ronden we af.', 'we ronden het hier af'],
    ['Ronden jullie de planning af?', 'Ik rond de berekening morgen af.'],
  ],
  'wrapUp.voordat-we': [
    ['Voordat we afronden, nog één ding.', 'eer we stoppen wil ik nog iets zeggen'],
    ['Voordat we de brief sturen, lees ik hem na.', 'Voor de zomer stoppen we ermee.'],
  ],
  'wrapUp.einde-van': [
    ['We zijn aan het einde van het gesprek.', 'Tegen het eind van de avond wil ik nog iets weten.'],
    ['Aan het einde van de maand komt de rekening.', 'Het einde is nog niet in zicht.'],
  ],
  'wrapUp.bijna-einde': [
    ['We zijn bijna aan het einde.', 'stilaan tegen het eind zo'],
    ['Bijna aan het einde van de straat woont ze.', 'Het einde van de gang is rechts.'],
  ],
  'wrapUp.tijd': [
    ['We zitten bijna aan de tijd.', 'we lopen al tegen het einde aan'],
    ['We zitten aan tafel.', 'Wij komen op tijd binnen.'],
  ],
  'wrapUp.tijd-is': [
    ['Het is bijna tijd.', 'Het is tijd om af te ronden.'],
    ['Het is tijd voor koffie.', 'Is het al tijd voor de pauze?'],
  ],
  'wrapUp.punt-achter': [
    ['Dan zetten we er een punt achter.', 'Ik wil er nu een punt achter zetten.'],
    ['Dat is een goed punt.', 'Zet de punt achter de zin.'],
  ],
  'wrapUp.hierbij': [
    ['We laten het hierbij.', 'ik laat het daarbij voor vandaag'],
    ['Ik laat het u weten.', 'We laten de kinderen hier.'],
  ],
  'wrapUp.sluit-vergadering': [
    ['Dan sluit ik de vergadering.', 'Hierbij sluit ik de hoorzitting.'],
    ['Ik sluit de deur even.', 'Sluit jij het raam?'],
  ],
  'wrapUp.ter-afsluiting': [
    ['Ter afsluiting nog een vraag.', 'Tot besluit wil ik iets zeggen.'],
    ['Ter info: de brief is verstuurd.', 'Afsluiting van de weg is morgen.'],
  ],
  'wrapUp.allee': [
    ['Allee, we gaan afronden.', 'awel dan gaan we stoppen'],
    ['Allee, dat is straf.', 'Awel, hoe gaat het?'],
  ],
  'wrapUp.tijd-dat': [
    ['Ik zie dat het al tijd is.', 'ik merk dat het bijna tijd is'],
    ['Is het tijd?', 'Dat het kan is fijn.'],
  ],
  'summaryOpen.samen-te-vatten': [
    ['Ik ga proberen het kort samen te vatten.', 'laat me het samen te vatten'],
    ['We vatten de koe bij de horens.', 'Samen gaan we het redden.'],
  ],
  'summaryOpen.samenvatten': [
    ['Ik zal het even samenvatten.', 'Samengevat: u wilt een traplift.'],
    ['Ik vat de brief niet.', 'Dat vat ik niet.'],
  ],
  'summaryOpen.vat-samen': [
    ['Ik vat het even kort samen.', 'vat jij het nog eens samen'],
    ['Ik vat het niet.', 'Samen vatten we moed.'],
  ],
  'summaryOpen.op-een-rij': [
    ['Ik zet het even op een rij.', 'Zullen we de punten op een rijtje zetten?'],
    ['Zet de stoelen op een rij voor de voorstelling.', 'We staan op een lijst.'],
  ],
  'summaryOpen.wat-besproken': [
    ['Ik herhaal wat we vandaag besproken hebben.', 'Dit is waar we allemaal zijn doorgenomen.'],
    ['Wat we gaan bespreken is de planning.', 'Waar we naartoe gaan is nog niet duidelijk.'],
  ],
  'summaryOpen.wat-ik-hoorde': [
    [
      'Ik ga kort herhalen wat ik van u gehoord heb.',
      'ik probeer in twee zinnen te zeggen wat ik vanmiddag heb opgeschreven',
    ],
    ['Ik heb gehoord wat u zei.', 'Zeggen wat ik denk, dat doe ik altijd.'],
  ],
  'summaryOpen.eigen-woorden': [
    ['Kunt u het in uw eigen woorden zeggen?', 'vertel het in je eigen woorden'],
    ['Dat zijn niet mijn woorden.', 'Eigen woorden zijn de beste.'],
  ],
  'summarySoft.kortom': [
    ['Kortom, u wilt hulp bij het huishouden.', 'Kort gezegd: het dak lekt.'],
    ['Het is kort dag.', 'De gang is te kort.'],
  ],
  'summarySoft.goed-begrepen': [
    ['Als ik u goed begrijp, wilt u verhuizen.', 'als ik het goed hoor is de huur te hoog'],
    ['Ik begrijp u goed.', 'Als u goed luistert, hoort u het.'],
  ],
  'summarySoft.even-kijken': [
    ['Even checken of ik het goed heb begrepen.', 'even nagaan of ik alles goed heb'],
    ['Even kijken of de bus al rijdt.', 'Ik kijk of het goed gaat met haar.'],
  ],
  'summaryCheck.klopt': [
    ['Klopt dat?', 'Dat was het, klopt het zo?'],
    ['Het klopt niet.', 'Er klopt iemand op de deur.'],
  ],
  'summaryCheck.is-dat-juist': [
    ['Is dat juist?', 'Is dit zo correct?'],
    ['Dat is juist de bedoeling.', 'Juist dat wil ik weten.'],
  ],
  'summaryCheck.heb-ik-goed': [
    ['Heb ik alles zo goed samengevat?', 'heb ik dat goed begrepen'],
    ['Ik heb het goed naar mijn zin.', 'Heb ik de sleutels?'],
  ],
  'summaryCheck.herkent': [
    ['Herkent u zich daarin?', 'herken je je hierin'],
    ['Ik herken die auto.', 'Herkent u deze man van de foto?'],
  ],
  'summaryCheck.ziet-u-het-zo': [
    ['Ziet u het ook zo?', 'zie jij dat ook zo'],
    ['Ik zie het niet.', 'Ziet u de trein al?'],
  ],
  'summaryCheck.eens': [
    ['Zijn we het daarover eens?', 'Bent u het ermee eens?'],
    ['We zijn het nooit eens geweest.', 'Eens per week komt ze.'],
  ],
  'summaryCheck.mis-ik': [
    ['Mis ik nog iets?', 'mis ik wat'],
    ['Ik mis mijn moeder.', 'Mis je hem?'],
  ],
  'summaryCheck.vergeet-ik': [
    ['Vergeet ik iets?', 'vergeet ik nog wat'],
    ['Ik vergeet het steeds.', 'Vergeet u het niet.'],
  ],
  'summaryCheck.recht': [
    ['Doe ik u daarmee recht?', 'doe ik daar recht aan'],
    ['Dat is uw recht.', 'Ik doe het rechtstreeks.'],
  ],
  'agreementIntro.de-afspraken': [
    ['Dan de afspraken.', 'oke dan de afspraken ik stuur u de brief'],
    ['Ik heb de afspraken van vorige week nog.', 'Ze houdt zich aan de afspraken.'],
  ],
  'agreementIntro.afspreken': [
    ['We spreken het volgende af.', 'wij spreken dus af dat jij belt'],
    ['We spreken elkaar morgen.', 'Wij spreken Engels.'],
  ],
  'agreementIntro.spreken-we-af': [
    ['Dan spreken we af dat u belt.', 'spreken we dit af'],
    ['Spreken we elkaar nog?', 'Spreken we Nederlands?'],
  ],
  'agreementIntro.actiepunten': [
    ['Dan de actiepunten.', 'Ik zet het op de actielijst.'],
    ['Dat is een punt.', 'Actie is nodig.'],
  ],
  'agreementIntro.wie-doet-wat': [
    ['Wie doet wat?', 'even kijken wie doet wat'],
    ['Wie doet de deur open?', 'Wat doet hij?'],
  ],
  'agreementIntro.concreet': [
    ['Dan maken we het concreet.', 'maken we dat concreet'],
    ['Het is nog niet concreet.', 'We maken het gezellig.'],
  ],
  'agreementIntro.wat-afgesproken': [
    ['Dit is wat we hebben afgesproken.', 'wat wij afgesproken hebben'],
    ['Dat hebben ze afgesproken.', 'Wat heb je afgesproken met je zus?'],
  ],
  'agreementIntro.dan-doen-we': [
    ['Dan doen we het zo.', 'dan doen wij het zo'],
    ['Zo doen we dat thuis.', 'Dan doen we niks.'],
  ],
  'expectationIntro.wat-gebeurt': [
    ['Ik vertel u wat er daarna gebeurt.', 'wat er nu gaat gebeuren is dit'],
    ['Wat er gebeurd is, weet ik niet.', 'Wat gebeurt er met de kat?'],
  ],
  'expectationIntro.hoe-verder': [
    ['Dan leg ik uit hoe het verder gaat.', 'hoe dit nu verder loopt'],
    ['Hoe het met haar gaat, weet ik niet.', 'Verder gaat het goed.'],
  ],
  'expectationIntro.hoe-gaat-verder': [
    ['Hoe gaat het nu verder?', 'hoe gaat dit straks verder'],
    ['Hoe gaat het met u?', 'Gaat het verder goed?'],
  ],
  'expectationIntro.kunt-verwachten': [
    ['Dit is wat u kunt verwachten.', 'wat je verder mag verwachten'],
    ['Ik had niet verwacht dat u kwam.', 'U kunt gaan zitten.'],
  ],
  'expectationIntro.procedure': [
    ['De verdere procedure is als volgt.', 'de vervolgstappen zijn deze'],
    ['De procedure was lang.', 'Ik ken de stappen.'],
  ],
  'expectationIntro.volgende-stap': [
    ['De volgende stap is een huisbezoek.', 'de eerstvolgende stappen zijn deze'],
    ['Een volgende stap zou fijn zijn.', 'De stap is hoog.'],
  ],
  'receive.u-krijgt': [
    ['U krijgt binnen twee weken een brief.', 'jullie horen nog van de gemeente'],
    ['Ik krijg het koud.', 'Hij krijgt de groeten.'],
  ],
  'receive.krijgt-u': [
    ['Dan krijgt u een bevestiging.', 'volgende week ontvang je de uitnodiging'],
    ['Krijg ik een kopie?', 'Krijgen zij geld?'],
  ],
  'receive.derde-stuurt-u': [
    ['Het waterschap stuurt u daarvoor een aanslag.', 'de thuiszorg belt u dan zelf'],
    ['Dan stuurt u ons het formulier.', 'Morgen stuurt u de foto.'],
  ],
  'receive.terug-lezen': [
    ['Dat leest u ook terug in het verslag.', 'alles vind je terug op de site'],
    ['Lees je het verslag terug en stuur je opmerkingen?', 'Dan zie je hem morgen terug.'],
  ],
  'receive.wordt-gestuurd': [
    ['Er wordt u een brief gestuurd.', 'het besluit wordt binnen zes weken genomen'],
    ['Het wordt koud vannacht.', 'Wordt het morgen beter?'],
  ],
  'receive.bezwaar': [
    ['U kunt bezwaar maken.', 'daar kunt u bezwaar tegen indienen'],
    ['Ik heb geen bezwaar.', 'Bezwaar is een groot woord.'],
  ],
  'receive.in-beroep': [
    ['Daarna kunt u in beroep gaan.', 'in beroep bij de rechtbank'],
    ['Zijn beroep is timmerman.', 'Wat is uw beroep?'],
  ],
  'followUp.neemt-contact': [
    ['De leverancier neemt contact met u op.', 'zij zal binnen een week contact met jullie opnemen'],
    ['Ik neem contact op met de aannemer.', 'Neemt u contact op met uw huisarts.'],
  ],
  'followUp.belt-u': [
    ['De monteur belt u zelf.', 'zij mailt je dan de datum'],
    ['Ik bel mijn zus.', 'Belt u even?'],
  ],
  'followUp.komt-langs': [
    ['Een ergotherapeut komt bij u langs.', 'er komt iemand van de woningbouw bij jullie langs'],
    ['Ik kom bij hem langs.', 'Komt u langs bij ons?'],
  ],
  'followUp.komt-er-langs': [
    ['Volgende week komt er iemand langs.', 'er komt er een monteur langs'],
    ['Er komt een brief.', 'Komt er nog koffie?'],
  ],
  'thirdPartyNext.daarna-de': [
    ['Daarna beoordeelt de adviseur uw aanvraag.', 'en vervolgens stuurt het team een voorstel'],
    ['Daarna bel ik u.', 'Vervolgens gaan we lunchen.'],
  ],
  'thirdPartyNext.de-x-dan': [
    ['De commissie beslist dan binnen zes weken.', 'de leverancier plant vervolgens de montage'],
    ['Ik beslis morgen.', 'Hij plant dan een afspraak.'],
  ],
  'thirdPartyNext.als-dan-de': [
    [
      'Als het formulier binnen is, beoordeelt de arts het.',
      'zodra alles rond is, stuurt het bureau een brief',
    ],
    ['Als u wilt, bel ik u morgen.', 'Zodra het kan, kom ik langs.'],
  ],
  'duration.duurt': [
    ['Dat duurt meestal een week of drie.', 'het duurt gemiddeld twee weken'],
    ['Het duurde lang.', 'Dat duurt niet.'],
  ],
  'duration.duurt-weken': [
    ['De beoordeling duurt ongeveer zes weken.', 'het keuren kost zo een paar dagen'],
    ['Het duurt even.', 'Het kost veel geld.'],
  ],
  'duration.termijn': [
    ['De wettelijke termijn is acht weken.', 'een vaste termijn van zes weken'],
    ['Op termijn misschien.', 'Die termijnen betaal ik.'],
  ],
  'duration.reken-op': [
    ['Reken op zes weken.', 'reken op een week of drie voor de levering'],
    ['Reken op mij.', 'Ik reken op twee vrijwilligers.'],
  ],
  'document.document': [
    ['U krijgt een brief.', 'ik stuur het verslag'],
    ['U krijgt hulp.', 'Ik stuur de monteur.'],
  ],
  'questionRound.nog-vragen': [
    ['Heeft u nog vragen?', 'zijn er vanuit de zaal nog vragen'],
    ['Ik heb vragen over de rekening.', 'Zij heeft vragen gesteld.'],
  ],
  'questionRound.vragen-kort': [
    ['Nog vragen?', 'oke verder nog opmerkingen'],
    ['Vragen staan op de site.', 'Ik heb nog vragen.'],
  ],
  'questionRound.nog-vragen-van': [
    ['Nog vragen van jullie kant?', 'verder nog vragen vanuit de zaal'],
    ['Ik heb nog vragen van de buren gekregen.', 'Vragen van de buren zijn er niet.'],
  ],
  'questionRound.alles-duidelijk': [
    ['Is alles duidelijk voor u?', 'oke is alles een beetje duidelijk'],
    ['Alles is duidelijk.', 'Is alles klaar voor de verhuizing?'],
  ],
  'questionRound.iets-voor-u-doen': [
    ['Is er nog iets wat ik voor u kan doen?', 'kan er nog iets dat we voor je kunnen betekenen'],
    ['Ik ga nog iets voor u doen.', 'Is er iets gebeurd?'],
  ],
  'questionRound.rondvraag': [
    ['Dan de rondvraag.', 'is er iets voor de rondvraag', 'dan nog de rond vraag'],
    ['De ronde is klaar.', 'Ik vraag het rond.', 'een rond vraagteken'],
  ],
  'questionRound.nog-iets': [
    ['Is er nog iets?', 'Was er nog iets anders?'],
    ['Er is nog iets mis.', 'Ik heb nog iets.'],
  ],
  'questionRound.nog-iets-kort': [
    ['Nog iets?', 'Verder nog wat?'],
    ['Nog iets koffie.', 'Ik wil nog iets zeggen.'],
  ],
  'questionRound.heeft-u-nog-iets': [
    ['Heeft u nog iets voor mij?', 'hebben jullie nog iets anders?'],
    ['Heeft u nog iets gehoord van de bank.', 'Ik heb nog iets liggen.'],
  ],
  'questionRound.kwijt': [
    ['Wilt u nog iets kwijt?', 'is er iets wat je wilt toevoegen'],
    ['Ik ben mijn sleutels kwijt.', 'Iets anders dan dit.'],
  ],
  'questionRound.iets-vragen': [
    ['Is er verder nog iets wat u wilt vragen?', 'heb je nog iets wat je wilt weten'],
    ['Ik wil nog iets vragen.', 'Zij wil nog iets weten over de huur.'],
  ],
  'questionRound.dingen-waar': [
    ['Zijn er nog dingen waar u mee zit?', 'is er nog iets waar jullie mee zitten'],
    ['Daar zit ik mee.', 'Het zijn dingen waar de gemeente over gaat.'],
  ],
  'questionRound.van-dienst': [
    ['Kan ik u nog ergens mee van dienst zijn?', 'kunnen wij je nog ergens mee helpen'],
    ['Hij kan haar helpen.', 'Kan zij van dienst zijn?'],
  ],
  'questionRound.waarmee-helpen': [
    ['Is er nog iets waarmee ik u kan helpen?', 'ergens waar we je nog mee kunnen helpen'],
    ['Waarmee kan ik het openmaken?', 'Ik kan u helpen met de trap.'],
  ],
  'questionRound.zit-ermee': [
    ['Zit u nog ergens mee?', 'loop je nog met iets rond mee'],
    ['Ik zit in de trein.', 'Zit je goed?'],
  ],
  'questionRound.blijven-liggen': [
    ['Is er nog iets blijven liggen?', 'zijn er dingen blijven hangen'],
    ['Er ligt iets op tafel.', 'Is er een brief?'],
  ],
  'questionRound.onduidelijk': [
    ['Is er nog iets onduidelijk?', 'is er iets niet duidelijk gebleven'],
    ['Dat is onduidelijk.', 'Er is iets.'],
  ],
  'contact.bereikbaar': [
    ['Ik ben bereikbaar op werkdagen.', 'u weet hoe ik bereikbaar ben'],
    ['Het station is goed te bereiken met de bus.', 'Dat is haalbaar.'],
  ],
  'contact.bereiken': [
    ['U kunt mij bellen op dit nummer.', 'je kunt ons altijd mailen'],
    ['Ik bel haar morgen.', 'Kunt u hem bereiken?'],
  ],
  'contact.bel-me': [
    ['Bel me gerust.', 'mail mij als er iets is'],
    ['Bel de huisarts.', 'Mail het verslag.'],
  ],
  'contact.bel-gerust': [
    ['Bel gerust als er iets is.', 'mail gewoon'],
    ['Bel straks.', 'Mail morgen.'],
  ],
  'contact.weet-te-vinden': [
    ['U weet me te vinden.', 'je weet ons te vinden'],
    ['Ik weet het niet.', 'Weet je waar het is?'],
  ],
  'contact.mijn-nummer': [
    ['Hier is mijn kaartje.', 'mijn telefoonnummer staat erop'],
    ['Uw nummer is 12.', 'Het nummer van de bus.'],
  ],
  'contact.uw-nummer': [
    ['Mag ik uw telefoonnummer?', 'klopt je mailadres nog'],
    ['Mijn nummer is geheim.', 'Het nummer van de kamer.'],
  ],
  'contact.naam-is': [
    ['Mijn naam is Wessel.', 'mijn naam is Trees van de wijk'],
    ['Uw naam is bekend.', 'Naam en adres graag.'],
  ],
  'contact.spreekuur': [
    ['Het spreekuur is op dinsdag.', 'de openingstijden staan op de site'],
    ['Ik spreek u dinsdag.', 'Het uur is om.'],
  ],
  'contact.terecht': [
    ['Voor vragen kunt u terecht bij de balie.', 'je kunt altijd terecht via de chat'],
    ['U bent hier terecht.', 'Terecht dat u belt.'],
  ],
  'contact.nummer-staat': [
    ['Het nummer staat in de brief.', 'mijn nummer staat op het kaartje'],
    ['Het staat er niet.', 'Het nummer is weg.'],
  ],
  'contact.gegevens-staan': [
    ['Haar gegevens staan onder de mail.', 'het telefoonnummer staat ook op de site'],
    ['Uw gegevens kloppen.', 'De stand staat op de meter.'],
  ],
  'contact.algemeen-nummer': [
    [
      'Bel dan het algemene nummer.',
      'het storingsnummer hangt bij de meterkast',
      'via het centrale mailadres',
    ],
    ['Het algemene beeld is goed.', 'Dat nummer ken ik niet.'],
  ],
  'contact.mij-nodig': [
    ['Als u mij nodig heeft, weet u waar ik zit.', 'als je ons later nog nodig hebt'],
    ['Als u hulp nodig heeft, komt er iemand.', 'Ik heb het nodig.'],
  ],
  'contact.klantnummer': [
    ['Noteert u uw klantnummer?', 'het zaaknummer staat bovenaan'],
    ['Dat is nummer twee.', 'Het is een klant.'],
  ],
  'contact.gesproken-met': [
    ['U heeft gesproken met Trees van de klantenservice.', 'je sprak met Wessel'],
    ['Ik heb met haar gesproken.', 'Zij spraken met hem.'],
  ],
  'feedbackAsk.hoe-vond': [
    ['Hoe vond u dit gesprek?', 'hoe vonden jullie de avond'],
    ['Hoe vond u de soep?', 'Ik vond het gesprek fijn.'],
  ],
  'feedbackAsk.hoe-vond-dit': [
    ['Hoe vond je dit?', 'hoe vond u het eigenlijk'],
    ['Hoe vond je dit boek van haar?', 'Ik vond het leuk.'],
  ],
  'feedbackAsk.ervaren': [
    ['Hoe heeft u het gesprek vandaag ervaren?', 'hoe heb je het gesprek zelf ervaren'],
    ['Ik heb het zo ervaren.', 'Hoe lang heeft u dit al?'],
  ],
  'feedbackAsk.hoe-was-voor': [
    ['Hoe was dit voor u?', 'hoe was dit eerste overleg voor jullie'],
    ['Hoe was de vakantie?', 'Dit was voor u bedoeld.'],
  ],
  'feedbackAsk.hoe-ging': [
    ['Hoe ging dit gesprek?', 'hoe verliep het overleg'],
    ['Hoe ging de operatie?', 'Het gesprek ging over geld.'],
  ],
  'feedbackAsk.iets-aan-gehad': [
    ['Heeft u er iets aan gehad?', 'heb je hier wat aan gehad'],
    ['Ik heb er niks aan gehad.', 'Heeft u er een jas aan?'],
  ],
  'feedbackAsk.geholpen': [
    ['Bent u goed geholpen?', 'zijt ge wat geholpen zo?'],
    ['Ik ben geholpen door haar.', 'Zij is geholpen.'],
  ],
  'feedbackAsk.werkt-voor': [
    ['Werkt dit zo voor jullie?', 'werkt deze manier van overleggen voor u'],
    ['Werkt de lift?', 'Dit werkt voor mij niet.'],
  ],
  'feedbackAsk.er-iets-aan': [
    ['Had u er vandaag iets aan?', 'heb je hier wat aan gehad', 'Hebt ge daar veel aan gehad?'],
    ['Heeft u er iets aan gedaan?', 'Ik had er niets aan.'],
  ],
  'feedbackAsk.wat-u-zocht': [
    ['Was dit een beetje wat u zocht?', 'is het wat je nodig had'],
    ['Dit is wat u zocht.', 'Was dit wat u zocht in de kast van de buren gisteren avond laat?'],
  ],
  'feedbackAsk.bevalt-zo': [
    ['Bevalt het u zo, elke twee weken even bellen?', 'bevalt dit jullie zo'],
    ['Het bevalt me hier wel.', 'Bevalt het werk?'],
  ],
  'feedbackAsk.hoe-voor-om': [
    ['Hoe is het voor jou om zo samen te zitten?', 'hoe was het voor u om dit te vertellen'],
    ['Hoe is het met u?', 'Hoe was het weekend?'],
  ],
  'feedbackAnnounce.vragen-over-hoe': [
    [
      'U krijgt straks een sms met drie vragen over hoe het ging.',
      'ge krijgt een mailtje over hoe het gesprek verliep',
    ],
    ['Ik heb vragen over de rekening.', 'Hoe ging het met de vragen?'],
  ],
  'feedbackAsk.nuttig': [
    ['Was dit nuttig voor u?', 'was het een beetje zinvol voor jullie'],
    ['Dit was nuttig.', 'Is het nuttig om te bellen?'],
  ],
  'feedbackAsk.hoe-vond-hulp': [
    ['Hoe vond u de hulp die u vandaag kreeg?', 'hoe vindt u de ondersteuning tot nu toe'],
    ['Hoe vond u de weg naar ons kantoor?', 'De hulp vond u prima, zei u.'],
  ],
  'feedbackAsk.iets-aan': [
    ['Heeft u iets aan dit gesprek gehad?', 'heb je genoeg aan deze gesprekken'],
    ['Heeft u iets aan de deur gedaan?', 'Ik heb wat aan het gesprek toegevoegd.'],
  ],
  'feedbackAnnounce.vraag-hoe': [
    [
      'Straks krijgt u een sms met een vraag over hoe u de hulp vond.',
      'je krijgt een mailtje met twee vragen over hoe je het ervaren hebt',
    ],
    ['U krijgt een sms met de code.', 'Ik heb een vraag over hoe de regeling werkt.'],
  ],
  'feedbackAnnounce.graag-weten': [
    ['Ik hoor graag hoe u dit gesprek vond.', 'we zijn benieuwd hoe je het ervaren hebt'],
    ['Ik hoor graag hoe laat u komt.', 'Ik wil graag weten hoe de aanvraag loopt.'],
  ],
  'feedbackAnnounce.survey': [
    ['Bij de deur liggen evaluatieformulieren.', 'na het gesprek volgt een klanttevredenheidsonderzoek'],
    ['Ik vul het formulier in.', 'Evalueren doen we later.'],
  ],
  'feedbackAnnounce.survey-komt': [
    ['u krijgt een enquete', 'Na afloop ontvangt u per mail een korte vragenlijst.'],
    [
      'Vult u deze vragenlijst over uw woonsituatie samen met uw dochter in?',
      'De enquete van de wijkraad liep tot mei.',
    ],
  ],
  'feedbackAsk.survey-hoe': [
    [
      'U krijgt een sms met de vraag hoe u bent geholpen.',
      'een mailtje met twee vragen over hoe je het gesprek vond',
    ],
    ['U krijgt een sms met de code.', 'Een mail over de factuur.'],
  ],
  'feedbackAsk.beter-doen': [
    ['Wat kan ik beter doen?', 'wat had ik anders kunnen doen'],
    ['Kan ik iets doen?', 'Ik doe het beter.'],
  ],
  'feedbackAsk.volgende-keer-beter': [
    ['Wat kan er de volgende keer beter?', 'wat kan een volgende keer beter'],
    ['De volgende keer beter.', 'Wat kan het volgende zijn?'],
  ],
  'feedbackAsk.tips': [
    ['Heeft u tips voor mij?', 'feedback over dit gesprek is welkom'],
    ['Tips voor de tuin.', 'Feedback op de tekst.'],
  ],
  'feedbackAsk.heeft-tips': [
    ['Heeft u nog tips?', 'hebben jullie feedback'],
    ['Ik heb tips.', 'Zij heeft tips gegeven.'],
  ],
  'feedbackAsk.gevoel-gehoord': [
    ['Heeft u het gevoel dat u gehoord bent?', 'het gevoel dat je je verhaal kwijt kon'],
    ['Ik heb het gevoel dat het regent.', 'Gevoel voor humor.'],
  ],
  'feedbackAsk.heb-ik-gebracht': [
    ['Heb ik het duidelijk uitgelegd?', 'heb ik het goed gebracht?'],
    ['Ik heb het uitgelegd.', 'Heb ik de brief?'],
  ],
  'feedbackAsk.ben-ik-duidelijk': [
    ['Was ik duidelijk genoeg?', 'ben ik te snel gegaan'],
    ['Ik was te laat.', 'Ben ik aan de beurt?'],
  ],
  'feedbackAsk.verwachtte': [
    ['Was dit wat u verwachtte?', 'is het waar je op hoopte'],
    ['Ik verwachtte het al.', 'Wat verwacht u?'],
  ],
  'feedbackAsk.tevreden': [
    ['Bent u tevreden over dit gesprek?', 'tevreden met de hulp'],
    ['Ik ben tevreden.', 'Tevreden over het weer.'],
  ],
  'feedbackAsk.wat-vond-van': [
    ['Wat vond u van dit gesprek?', 'wat vinden jullie van deze bijeenkomst'],
    ['Wat vond u van de film?', 'Ik vond van wel.'],
  ],
  'feedbackAsk.voldeed': [
    ['Voldeed het gesprek aan uw verwachting?', 'voldoet dit aan je verwachtingen'],
    ['Het huis voldoet aan de eisen.', 'Mijn verwachting is laag.'],
  ],
  'feedbackAck.neem-mee': [
    ['Dat neem ik mee.', 'die tip neem ik zeker mee'],
    ['Ik neem de bus.', 'Neem je een jas mee?'],
  ],
  'feedbackAck.die-neem-ik': [
    ['Die neem ik.', 'dat noteer ik'],
    ['Ik neem die.', 'Neem jij dat?'],
  ],
  'feedbackAck.rekening-mee': [
    ['Daar houd ik rekening mee.', 'ik hou er rekening mee'],
    ['De rekening is hoog.', 'Reken maar.'],
  ],
  'feedbackAck.goed-te-horen': [
    ['Fijn om te horen.', 'goed om te weten'],
    ['Goed te doen.', 'Fijn weer vandaag.'],
  ],
  'feedbackAck.goede-tip': [
    ['Goeie tip.', 'dat is een goed punt'],
    ['Tip van de week.', 'Het punt is dit.'],
  ],
  'feedbackAck.terecht': [
    ['Terecht.', 'ja terecht'],
    ['U bent hier aan het goede adres.', 'Ik kom er terecht.'],
  ],
  'thanks.dank': [
    ['Dank u wel.', 'bedankt voor alles'],
    ['Dat is een goede dag.', 'Dankbaar werk.'],
  ],
  'ironicThanks.nou-bedankt': [
    ['Nou bedankt hoor.', 'nou dankjewel he'],
    ['Nou bedankt voor uw tijd.', 'Bedankt hoor.'],
  ],
  'ironicThanks.voor-niks': [
    ['Bedankt voor niks.', 'dank voor niets'],
    ['Bedankt voor de hulp.', 'Voor niks gaat de zon op.'],
  ],
  'thanksObject.voor-tijd': [
    ['Dank voor uw tijd.', 'bedankt voor het gesprek'],
    ['Bedankt voor de koffie.', 'Dank voor de pen.'],
  ],
  'thanksObject.allemaal': [
    ['Dank jullie allemaal.', 'iedereen bedankt'],
    ['Dank u.', 'Bedankt voor de bloemen.'],
  ],
  'thanksObject.dat-u-er-was': [
    ['Dank dat u er was.', 'fijn dat jullie kwamen'],
    ['Dank dat het kan.', 'Goed dat het klaar is.'],
  ],
  'thanksObject.voor-het-bellen': [
    ['Bedankt voor het bellen.', 'dank voor het gesprek'],
    ['Bedankt voor het eten.', 'Voor het slapen gaan.'],
  ],
  'farewell.fijne-dag': [
    ['Nog een fijne dag.', 'goed weekend'],
    ['Het was een lange dag.', 'Een dag later.'],
  ],
  'farewell.nog-een-fijne': [
    ['Nog een fijne middag.', 'nog een goede'],
    ['Nog een paar dagen.', 'Nog een vraag.'],
  ],
  'farewell.tot-ziens': [
    ['Tot ziens.', 'tot straks'],
    ['Tot slot nog dit.', 'Tot de brief komt.'],
  ],
  'farewell.tot-volgende': [
    ['Tot volgende week.', 'tot de volgende keer'],
    ['Tot de volgende brief wacht ik.', 'Tot het einde.'],
  ],
  'farewell.tot-dan': [
    ['Tot dan.', 'oke tot morgen'],
    ['Tot dan heb ik geen tijd.', 'Tot morgen wacht ik op de brief.'],
  ],
  'farewell.doei': [
    ['Doei!', 'houdoe'],
    ['Doe maar.', 'Daar is hij.'],
  ],
  'farewell.de-groeten': [
    ['De groeten thuis.', 'doe de groeten aan je moeder'],
    ['Groeten zijn voor later.', 'Groet hem.'],
  ],
  'farewell.wel-thuis': [
    ['Wel thuis.', 'kom veilig thuis'],
    ['Ik ben thuis.', 'Thuis is het warm.'],
  ],
  'farewell.dag-alleen': [
    ['Dag!', 'ja dag mevrouw'],
    ['De dag begint vroeg.', 'Het is een mooie dag geweest hoor.'],
  ],
  'farewell.het-beste': [
    ['Het beste.', 'veel sterkte'],
    ['Het beste is om te bellen.', 'Succes is niet gegarandeerd voor hem.'],
  ],
  'acceptance.doe-ik': [
    ['Doe ik.', 'ja hoor dat is goed'],
    ['Ik doe de boodschappen op vrijdag.', 'Goed dat je belt over de brief.'],
  ],
  'questionStart.vraagwoord': [
    ['hoe gaat het met de aanvraag', 'heeft u de brief al'],
    ['ik heb de brief', 'de aanvraag is binnen'],
  ],
  'meetingRemark.nog-minuten': [
    ['We hebben nog een kwartier.', 'we zitten nog tien minuten'],
    ['We hebben nog een kopie.', 'Wij hebben nog geen huis.'],
  ],
  'meetingRemark.kijk-klok': [
    ['Ik kijk even naar de klok.', 'ik zie op de klok dat het laat is'],
    ['Ik kijk naar de tv.', 'Ik zie de bus.'],
  ],
  'meetingRemark.beginnen-met': [
    [
      'Laten we met de familie Bosman beginnen.',
      'we beginnen met het eerste punt',
      'laten we beginnen met jouw vragen',
    ],
    ['We beginnen morgen met de verbouwing.', 'Laten we het kort houden.'],
  ],
  'meetingRemark.tijd-gaat': [
    ['De tijd gaat snel.', 'de tijd vliegt'],
    ['De trein gaat snel.', 'Op tijd gaat het.'],
  ],
  'reassurance.geen-zorgen': [
    ['Daar hoeft u zich geen zorgen over te maken.', 'maak je geen zorgen'],
    ['Zorgen voor je moeder is zwaar.', 'Ik zorg ervoor.'],
  ],
  'reassurance.hoeft-niet': [
    ['U hoeft niks te doen.', 'je hoeft je niet druk te maken'],
    ['U moet het formulier invullen.', 'Hoeft het licht aan?'],
  ],
};
