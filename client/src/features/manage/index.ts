/** Public surface of the manage feature (principals, school credit officers). */
export { ComingSoon } from './components/coming-soon';
