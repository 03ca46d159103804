/** Export layer: loaded with a dynamic import only when the user exports. */
export { createPdfBlob, preparePdfExport } from './export-pdf';
export { deliverFile, type Delivery } from './deliver-file';
