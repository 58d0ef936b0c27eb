/**
 * The demo picker signs anyone in as anyone: fine on one's own machine, never on
 * a network. Who may use it (docs/local-stack.md, docs/security.md):
 *   'loopback' (default when HOST is a loopback address): callers from this machine only;
 *   'off' (default for any other HOST): nobody; name + binding code still works;
 *   'anywhere': only when LOCAL_DEMO_PICKER=1 says so explicitly (a classroom demo on a LAN).
 */
export type DemoPickerMode = 'loopback' | 'off' | 'anywhere';

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped form, and the name localhost. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '').replace(/^\[|\]$/g, '');
  return a === 'localhost' || a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** The mode for a server bound to `host`, given the LOCAL_DEMO_PICKER env value. */
export function demoPickerMode(host: string, envValue: string | undefined): DemoPickerMode {
  if (envValue === '1') return 'anywhere';
  return isLoopback(host) ? 'loopback' : 'off';
}

/** Why this caller may not use the picker, or null when she may. */
export function demoPickerRefusal(mode: DemoPickerMode, remoteAddress: string | undefined): string | null {
  if (mode === 'anywhere' || (mode === 'loopback' && isLoopback(remoteAddress))) return null;
  return '演示选人登录只在本机开放，请用「姓名 + 绑定码」登录（如需在局域网演示，请设置 LOCAL_DEMO_PICKER=1 后重启本地服务）';
}
