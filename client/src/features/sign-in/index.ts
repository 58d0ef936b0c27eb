/** Public surface of the sign-in feature (teacher: 扫码签到, 我的培训). */
export { ScanScreen } from './components/scan-screen';
export { MyTrainings } from './components/my-trainings';
export { useSignIn } from './hooks/use-sign-in';
export { fetchMyTrainings } from './api/sign-in';
