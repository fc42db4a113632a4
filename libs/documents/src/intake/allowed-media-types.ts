/**
 * The allow-list (docs/product.md "Documents"): PDF, PNG, JPEG, ODF and OOXML office files, plain
 * text, CSV, ZIP. Each with the extensions a download name may end in; the first is canonical.
 */
export const ALLOWED_MEDIA_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'application/zip': ['zip'],
};

export const isAllowedMediaType = (mediaType: string): boolean => Object.hasOwn(ALLOWED_MEDIA_TYPES, mediaType);
