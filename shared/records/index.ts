/** Record lifecycle rules shared by client and server. */
export * from './state-machine';
export * from './viewer';
