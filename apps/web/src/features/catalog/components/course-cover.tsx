import { ApiPath } from '@bilikti/contracts';

interface CourseCoverProps {
  coverMediaId: string | null;
  /** Lazy for cards further down a list; eager for the one cover at the top of a course page. */
  loading: 'lazy' | 'eager';
  className: string;
}

/**
 * The cover, or a neutral block of the same shape. Decorative (the title is next to it), and
 * sized up front so the page does not jump when it arrives.
 */
export function CourseCover({ coverMediaId, loading, className }: CourseCoverProps) {
  if (!coverMediaId)
    return <div className={`${className} course-cover course-cover--placeholder`} aria-hidden="true" />;
  return (
    <img
      className={`${className} course-cover`}
      src={ApiPath.mediaFile(coverMediaId)}
      alt=""
      width={640}
      height={360}
      loading={loading}
      decoding="async"
    />
  );
}
