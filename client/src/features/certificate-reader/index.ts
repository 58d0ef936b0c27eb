/** Certificate reader feature: the API call and the hook the record form and review screens use. */
export { readCertificate, READ_CERTIFICATE_TIMEOUT_MS, type CertificateReading } from './api/read-certificate';
export { useCertificateReading, type CertificateReadingState } from './hooks/use-certificate-reading';
