import { ApiPath, type MediaResponse } from '@bilikti/contracts';
import type { MediaEntity } from './entities/media.entity';

export function toMediaResponse(media: MediaEntity): MediaResponse {
  return {
    id: media.id,
    kind: media.kind,
    contentType: media.contentType,
    sizeBytes: media.sizeBytes,
    originalName: media.originalName,
    url: ApiPath.mediaFile(media.id),
    createdAt: media.createdAt.toISOString(),
  };
}
