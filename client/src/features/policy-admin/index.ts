export { PolicyScreen } from './components/policy-screen';
