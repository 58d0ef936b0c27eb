import { certificateLayout, type CertificateTruth } from './certificate-templates';
import { renderCertificatePhoto, type PhotoEffects } from './render-certificate';

/** One generated photo with what it says. */
export interface GeneratedCertificate { index: number; template: string; jpeg: Buffer; truth: CertificateTruth; effects: PhotoEffects }

/** The i-th synthetic certificate photo (deterministic). */
export async function generateCertificate(index: number, size?: { width: number; height: number }): Promise<GeneratedCertificate> {
  const layout = certificateLayout(index);
  const { jpeg, effects } = await renderCertificatePhoto(layout, index, size);
  return { index, template: layout.template, jpeg, truth: layout.truth, effects };
}
