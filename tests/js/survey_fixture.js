// A small hand-made survey in the shape generator/survey/view.py emits, for unit tests.
'use strict';
function option(code, text, extra) {
  return Object.assign(
    { code, text, profile: null, domain: null, correct: null, dontKnow: false },
    extra || {}
  );
}
const scale = ['Helemaal niet akkoord', 'Niet akkoord', 'Neutraal', 'Akkoord', 'Helemaal akkoord'].map(
  (t, i) => option(String(i + 1), t)
);
function question(id, type, text, extra) {
  return Object.assign(
    {
      id,
      type,
      text,
      help: null,
      options: [],
      maxChoices: null,
      profiles: [],
      domain: null,
      statement: null,
      need: false,
      benchmark: null
    },
    extra || {}
  );
}
module.exports = function survey() {
  return {
    surveyFormat: 1,
    catalogVersion: 'abcdef123456',
    title: 'Bevraging',
    welcome: 'Welkom',
    end: 'Einde',
    profileQuestion: 'P1',
    dontKnow: { code: 'WN', text: 'Weet ik niet' },
    agreeCodes: ['4', '5'],
    minGroupSize: 5,
    needRule: [
      { need: 'n2', fromPercent: 50 },
      { need: 'n1', fromPercent: 25 },
      { need: 'n0', fromPercent: 0 }
    ],
    parts: [
      {
        id: 'een',
        title: 'Een',
        intro: null,
        profiles: [],
        questions: [
          question('P1', 'keuze', 'Welk profiel heb je?', {
            options: [
              option('1', 'Profiel een', { profile: 'p1' }),
              option('2', 'Profiel twee', { profile: 'p2' })
            ]
          }),
          question('S1', 'stelling', 'Ik heb nood aan hulp.', {
            options: scale.concat([option('WN', 'Weet ik niet', { dontKnow: true })]),
            domain: 'aa',
            need: true
          }),
          question('M1', 'meerkeuze', 'Wat helpt, kies er hoogstens twee?', {
            maxChoices: 2,
            options: [
              option('1', 'Tijd', { domain: 'aa' }),
              option('2', 'Geld, of middelen'),
              option('3', 'Hulp')
            ]
          }),
          question('O1', 'open', 'Nog iets?')
        ]
      },
      {
        id: 'twee',
        title: 'Twee',
        intro: null,
        profiles: ['p2'],
        questions: [
          question('T1', 'stelling', 'Ik heb nood aan een visie.', {
            options: scale.slice(),
            profiles: ['p2'],
            domain: 'bb',
            need: true
          })
        ]
      }
    ],
    statements: {
      title: 'Stellingen',
      intro: 'Klopt dit?',
      prefix: 'Z',
      answers: [
        { answer: 'ja', code: 'J', text: 'Ja' },
        { answer: 'nee', code: 'N', text: 'Nee' },
        { answer: 'weet-niet', code: 'WN', text: 'Weet ik niet' }
      ],
      domains: [
        {
          id: 'aa',
          title: 'Domein aa',
          code: 'Zaa',
          statements: [
            { id: 'aa-er-is-iets', code: 'erisiets', text: 'Er is iets.', level: 'l1' },
            { id: 'aa-er-is-meer', code: 'erismeer', text: 'Er is meer.', level: 'l2' }
          ]
        }
      ]
    }
  };
};
