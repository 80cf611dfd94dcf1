import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, Repository } from 'typeorm';
import type { ListUsersQuery } from '@bilikti/contracts';
import { likePattern } from '../../common/like-pattern';
import type { PeopleScope } from '../../common/people-scope';
import { UserEntity } from './entities/user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ id });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ email });
  }

  /** One page of people matching the filters, inside the caller's scope, by name. */
  async findPageInScope(
    query: Required<Pick<ListUsersQuery, 'page' | 'pageSize'>> & ListUsersQuery,
    scope: PeopleScope,
  ) {
    const qb = this.users.createQueryBuilder('u');
    if (scope.regionCodes) qb.andWhere('u.region_code = ANY(:scopeRegions)', { scopeRegions: scope.regionCodes });
    if (scope.partyCodes) qb.andWhere('u.party_code = ANY(:scopeParties)', { scopeParties: scope.partyCodes });
    if (query.q) {
      qb.andWhere(
        new Brackets((w) => w.where('u.full_name ILIKE :q', { q: likePattern(query.q!) }).orWhere('u.email ILIKE :q')),
      );
    }
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.regionCode) qb.andWhere('u.region_code = :regionCode', { regionCode: query.regionCode });
    if (query.position) qb.andWhere('u.position = :position', { position: query.position });
    if (query.isActive !== undefined) qb.andWhere('u.is_active = :isActive', { isActive: query.isActive });
    // Kazakh alphabetical order (А Ә Б … Ғ … Қ …); byte order would put Ә, Қ, Ө … after Я.
    qb.orderBy('u.full_name COLLATE "kk-x-icu"', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Whether the user is inside the scope (a person outside it is "not found"). */
  isInScope(user: UserEntity, scope: PeopleScope): boolean {
    if (scope.regionCodes && !(user.regionCode && scope.regionCodes.includes(user.regionCode))) return false;
    if (scope.partyCodes && !(user.partyCode && scope.partyCodes.includes(user.partyCode))) return false;
    return true;
  }
}
