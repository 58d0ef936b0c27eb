/** Public surface of the registers feature (exports, export log, 个人电子学习档案). */
export { RegistersScreen } from './components/registers-screen';
export { MyArchiveCard } from './components/my-archive-card';
