import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agency, Unit, UnitTreeNode } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { UnitsService } from './units.service';
import { CreateUnitDto, MoveUnitDto, UpdateUnitDto } from './dto/unit.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('organisation') @ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly units: UnitsService) {}

  @Get() @Access('any', 'none') @ApiOperation({ summary: 'Agencies (instansi)' })
  list(): Promise<Agency[]> { return this.units.agencies(); }
}

@ApiTags('organisation') @ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get() @Access(['HR_OFFICER', 'ADMIN'], 'unit')
  @ApiOperation({ summary: 'Unit tree: HR officers get their subtrees as roots, ADMIN every root' })
  tree(@CurrentPrincipal() p: Principal): Promise<UnitTreeNode[]> { return this.units.tree(p); }

  @Get(':id') @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'One unit' })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string): Promise<Unit> { return this.units.get(p, id); }

  @Post() @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'Create a unit under a parent in scope (root units: ADMIN)' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateUnitDto): Promise<Unit> { return this.units.create(p, dto); }

  @Patch(':id') @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'Rename or re-code a unit (optimistic lock on version)' })
  update(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string, @Body() dto: UpdateUnitDto): Promise<Unit> {
    return this.units.update(p, id, dto);
  }

  @Post(':id/move') @HttpCode(200) @Access(['HR_OFFICER', 'ADMIN'], 'unit')
  @ApiOperation({ summary: 'Move a unit with its whole subtree under a new parent' })
  move(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string, @Body() dto: MoveUnitDto): Promise<Unit> {
    return this.units.move(p, id, dto);
  }
}
