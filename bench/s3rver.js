// A local S3-protocol server for bench/documents.sh, in its own process so its memory is not
// counted as the API's. Usage: node bench/s3rver.js <port> <directory> <bucket>
'use strict';
const S3rver = require('s3rver');

const [port, directory, bucket] = process.argv.slice(2);
new S3rver({ address: '127.0.0.1', port: Number(port), silent: true, directory, configureBuckets: [{ name: bucket }] })
  .run()
  .then(() => console.log('s3rver ready'))
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
