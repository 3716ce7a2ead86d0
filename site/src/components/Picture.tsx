import type { PictureData } from '../lib/pictures';

interface Props {
  picture: PictureData;
  loading?: 'lazy' | 'eager';
  className?: string;
}

/** A responsive image prepared by `pictureData` at build time. */
export default function Picture({ picture, loading = 'lazy', className }: Props) {
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={picture.sizes} />
      ))}
      <img src={picture.src} width={picture.width} height={picture.height} alt={picture.alt} loading={loading} decoding="async" className={className} />
    </picture>
  );
}
