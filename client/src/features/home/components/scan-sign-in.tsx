import Taro from '@tarojs/taro';
import { Button, Text } from '@tarojs/components';
import { openPage } from '@/services/navigation';
import { SIGN_IN_SCAN_URL, signInCodeOf, signInUrlOf } from '@/services/sign-in-code';

/**
 * 「扫码签到」 (issue 15). Main package, so it stays tiny: the sign-in itself is the page
 * `sign-in/scan/index` (subpackage). weapp: the camera reads the organiser's code and the page
 * opens with it. H5 (a phone browser): the page opens without a code and explains how to scan
 * with the phone camera or type the code.
 */
export function ScanSignIn() {
  const h5 = process.env.TARO_ENV === 'h5';
  const scan = () => {
    if (h5) { openPage(SIGN_IN_SCAN_URL); return; }
    Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then((res) => {
      const code = signInCodeOf(res);
      if (code) openPage(signInUrlOf(code));
      else void Taro.showToast({ title: '这不是签到二维码，请扫组织者屏幕上的二维码', icon: 'none', duration: 3000 });
    }, () => { /* she closed the camera: nothing to say */ });
  };
  return (
    <>
      <Button className="btn btn--hero btn--scan" id="open-scan-sign-in" onClick={scan}>扫码签到</Button>
      <Text className="home-actions__hint">{h5 ? '在培训现场：用手机相机扫屏幕上的签到二维码，或点上面的按钮输入签到码。' : '在培训现场扫组织者屏幕上的二维码，结束后自动计入学时，不用拍证书。'}</Text>
    </>
  );
}
