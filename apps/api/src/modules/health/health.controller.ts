import { Controller, Get, Header, HttpStatus, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, type HealthResponse } from '@bilikti/contracts';
import { Public } from '../../common/access.decorators';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers within 2 s; 503 otherwise. */
  @Public()
  @Get()
  @Header('Cache-Control', 'no-store')
  async check(): Promise<HealthResponse> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000).unref()),
      ]);
    } catch {
      throw new DomainError(ErrorCode.ServiceUnavailable, HttpStatus.SERVICE_UNAVAILABLE, 'Database unavailable');
    }
    return { status: 'ok', database: 'up', version: this.config.version };
  }
}
