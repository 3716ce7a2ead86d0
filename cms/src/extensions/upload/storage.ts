import { env } from '../../env';

/**
 * Where uploads are stored: the local `public/uploads` folder by default, or an S3-compatible
 * bucket (AWS S3, MinIO, Alibaba OSS, Tencent COS…) when S3_BUCKET is set. Shared by
 * config/plugins.ts (the provider) and config/middlewares.ts (the admin may show those files).
 */
export function mediaStorage() {
  const bucket = env.S3_BUCKET;
  if (!bucket) {
    return {
      origins: [] as string[],
      // Upload names carry a content hash, so readers and the site build may cache them for a
      // year (the build then reuses its optimised images instead of re-encoding every one).
      upload: { providerOptions: { localServer: { maxage: 365 * 24 * 60 * 60 * 1000 } } },
    };
  }
  const endpoint = env.S3_ENDPOINT;
  const publicUrl = env.MEDIA_PUBLIC_URL;
  const acl = env.S3_ACL;
  return {
    origins: [publicUrl, endpoint].filter((url) => url !== undefined).map((url) => new URL(url).origin),
    upload: {
      provider: 'aws-s3',
      providerOptions: {
        // The address readers and the site build fetch files from (a CDN in front of the bucket).
        baseUrl: publicUrl,
        rootPath: env.S3_ROOT_PATH,
        s3Options: {
          region: env.S3_REGION,
          ...(endpoint ? { endpoint, forcePathStyle: env.S3_FORCE_PATH_STYLE } : {}),
          credentials: { accessKeyId: env.S3_ACCESS_KEY_ID ?? '', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '' },
          // `none` for buckets with ACLs disabled (bucket policy decides instead).
          params: { Bucket: bucket, ...(acl === 'none' ? {} : { ACL: acl }) },
        },
      },
    },
  };
}
