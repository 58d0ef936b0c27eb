/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro CLI at build time; branches on it are stripped per platform. */
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony' | 'quickapp';
  }
}

/** Build-time constant (config/index.ts defineConstants): H5 API origin, '' = same origin. */
declare const API_BASE: string;
/** Build-time constant: CloudBase env id for the mini-program, '' = DevTools default. */
declare const CLOUD_ENV: string;
