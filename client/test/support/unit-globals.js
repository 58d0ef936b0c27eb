// Build-time constants Taro's webpack DefinePlugin would inject, for code run under jest.
process.env.TARO_ENV = 'h5';
globalThis.API_BASE = '';
globalThis.CLOUD_ENV = '';
// Flags read by @tarojs/runtime and the H5 components.
for (const flag of [
  'ENABLE_INNER_HTML', 'ENABLE_ADJACENT_HTML', 'ENABLE_SIZE_APIS', 'ENABLE_TEMPLATE_CONTENT',
  'ENABLE_CLONE_NODE', 'ENABLE_CONTAINS', 'ENABLE_MUTATION_OBSERVER',
]) globalThis[flag] = true;
globalThis.SUPPORT_DINGTALK_NAVIGATE = 'disabled';
globalThis.SUPPORT_TARO_POLYFILL = 'disabled';
globalThis.DEPRECATED_ADAPTER_COMPONENT = false;
