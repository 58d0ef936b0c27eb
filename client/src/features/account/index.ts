/** Public surface of the account feature; pages and other features import from here only. */
export { LocalSignIn } from './components/local-sign-in';
export { WechatBind } from './components/wechat-bind';
export { WhoamiCard } from './components/whoami-card';
export { rolesText, type WhoamiData, type BindData } from './api/schemas';
