import { ApiPath } from '@bilikti/contracts';

interface ProviderLogoProps {
  mediaId: string | null;
  /** The name in the current language; its first letter stands in for a missing logo. */
  name: string;
}

/** Decorative: the provider's name is always written next to it. */
export function ProviderLogo({ mediaId, name }: ProviderLogoProps) {
  return mediaId ? (
    <img
      className="provider-logo"
      src={ApiPath.mediaFile(mediaId)}
      alt=""
      width={64}
      height={64}
      loading="lazy"
      decoding="async"
    />
  ) : (
    <span className="provider-logo provider-logo--empty" aria-hidden="true">
      {name.trim().charAt(0).toLocaleUpperCase()}
    </span>
  );
}
