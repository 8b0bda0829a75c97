import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, Position } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { PositionsService } from './positions.service';
import { CreatePositionDto, PositionListQueryDto, UpdatePositionDto } from './dto/position.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('organisation') @ApiBearerAuth()
@Controller('positions')
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Get() @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'Positions (jabatan) in scope, filtered and sorted' })
  list(@CurrentPrincipal() p: Principal, @Query() q: PositionListQueryDto): Promise<Page<Position>> { return this.positions.list(p, q); }

  @Get(':id') @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'One position' })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string): Promise<Position> { return this.positions.get(p, id); }

  @Post() @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'Create a position in a unit in scope' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreatePositionDto): Promise<Position> { return this.positions.create(p, dto); }

  @Patch(':id') @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'Change a position (optimistic lock on version)' })
  update(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string, @Body() dto: UpdatePositionDto): Promise<Position> {
    return this.positions.update(p, id, dto);
  }
}
