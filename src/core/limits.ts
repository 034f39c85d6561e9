// Upper bounds on what people type. Generous for real use, small enough that nobody can fill the database.
export const LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  shortText: 200,
  reason: 500,
  text: 5_000,
  longText: 20_000,
  password: { min: 10, max: 200 },
  participants: 50,
  agreements: 100,
  expectations: 50,
  questions: 100,
  nextStepTemplates: 20,
  feedbackQuestions: 10,
  transcriptBytes: 10 * 1024 * 1024,
} as const;
