// Library images on reader pages: <picture> with AVIF and WebP at several
// widths, width and height set (no layout shift), a blurred placeholder until
// the file arrives, and the lead image fetched first while the rest wait
// until they are near the viewport.
import type { ReaderImage } from "@/modules/media/dto";
import { readerUrlsOf } from "@/modules/media/public-url";
import { cropPicture, fullPicture, type CropName } from "@/modules/media/variants";

type Props = {
  image: ReaderImage;
  /** A focal-point crop, or the whole picture. */
  crop?: CropName;
  /** How wide the image is shown, for the browser to pick a file (`sizes`). */
  sizes: string;
  priority?: boolean;
  className?: string;
};

export function ResponsiveImage({ image, crop, sizes, priority = false, className = "" }: Props) {
  const picture = crop ? cropPicture(image, crop, readerUrlsOf(image)) : fullPicture(image, readerUrlsOf(image));
  const [avif, webp] = picture.sources;
  return (
    <picture>
      <source type={avif!.type} srcSet={avif!.srcSet} sizes={sizes} />
      <img
        src={picture.src}
        srcSet={webp!.srcSet}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={image.alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding={priority ? "sync" : "async"}
        className={`block h-auto w-full bg-neutral-200 bg-cover dark:bg-neutral-800 ${className}`}
        style={{ backgroundImage: `url("${image.placeholder}")` }}
      />
    </picture>
  );
}

/** Caption and credit ("Foto: dpa") under an image. */
export function ImageCaption({ image }: { image: Pick<ReaderImage, "caption" | "credit"> }) {
  if (!image.caption && !image.credit) return null;
  return (
    <figcaption className="mt-2 text-sm leading-snug text-neutral-700 dark:text-neutral-300">
      {image.caption}
      {image.caption && image.credit ? " " : null}
      {image.credit ? <span className="image-credit text-neutral-600 dark:text-neutral-400">{image.credit}</span> : null}
    </figcaption>
  );
}

export function Figure({ image, crop, sizes, priority, className = "" }: Props) {
  return (
    <figure className={className}>
      <ResponsiveImage image={image} crop={crop} sizes={sizes} priority={priority} />
      <ImageCaption image={image} />
    </figure>
  );
}
