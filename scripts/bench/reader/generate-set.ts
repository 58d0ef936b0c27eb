import { certificateLayout, type CertificateTruth } from './certificate-templates';
import { renderCertificatePhoto, type PhotoEffects, type PhotoProfile } from './render-certificate';

/** One generated photo with what it says. */
export interface GeneratedCertificate { index: number; template: string; jpeg: Buffer; truth: CertificateTruth; effects: PhotoEffects }

/** The hard set prints other certificates than the standard one (its i-th photo is certificate hardSetOffset + i). */
export const hardSetOffset = 100;

/** The i-th synthetic certificate photo of a set (deterministic). */
export async function generateCertificate(index: number, size?: { width: number; height: number }, profile: PhotoProfile = 'standard'): Promise<GeneratedCertificate> {
  const which = profile === 'hard' ? hardSetOffset + index : index;
  const layout = certificateLayout(which);
  const { jpeg, effects } = await renderCertificatePhoto(layout, which, size, profile);
  return { index, template: layout.template, jpeg, truth: layout.truth, effects };
}
