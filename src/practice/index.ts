// Public surface of practice: scenarios as data (schema, files), the practice engine (moods, moves, replies),
// the beginner's suggestions and the debrief. Pure: runs in Node and in the browser.
export * from './schema.ts';
export * from './parse.ts';
export * from './engine.ts';
export * from './debrief.ts';
export * from './rehearse.ts';
