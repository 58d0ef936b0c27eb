export { RosterScreen } from './components/roster-screen';
