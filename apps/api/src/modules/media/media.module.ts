import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MediaEntity } from './entities/media.entity';
import { MediaFileCleaner } from './media-file-cleaner';
import { mediaTempDir, MediaStorage } from './media-storage';
import { largestMediaLimit, MediaUploadInterceptor } from './media-upload.interceptor';
import { MediaUploadStorage } from './media-upload.storage';
import { MediaController } from './media.controller';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MediaEntity]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: new MediaUploadStorage(mediaTempDir(config.storageDir), config.mediaLimits),
        // Browsers send Kazakh and Russian file names as raw UTF-8.
        defParamCharset: 'utf8',
        limits: {
          // multer's fileSize is the largest size allowed; each kind's own limit is checked on top.
          fileSize: largestMediaLimit(config),
          files: 1,
          fields: 5,
          fieldSize: 1024,
          parts: 8,
        },
      }),
    }),
  ],
  controllers: [MediaController],
  providers: [MediaService, MediaRepository, MediaStorage, MediaFileCleaner, MediaUploadInterceptor],
  exports: [MediaService],
})
export class MediaModule {}
