/**
 * Display text of 首页 (the progress card's lines, the greeting's roles), pure:
 * the app renders it, and the local server's first paint (docs/decisions/013)
 * prints the very same words before the app's code has arrived.
 */
export * from './progress-text';
export * from './roles-text';
export * from './home-text';
