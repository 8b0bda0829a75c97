import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Assessment, AssessmentSheet, TeamMemberGap, Competency, CompetencyFramework, CompetencyGroup, FrameworkDetail, GapSummary, Heatmap, PositionStandard } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { FrameworkService } from './framework.service';
import { StandardService } from './standard.service';
import { AssessmentService } from './assessment.service';
import { GapService } from './gap.service';
import { SheetService } from './sheet.service';
import { CompetencyDto, CreateFrameworkDto, GroupDto, UpdateFrameworkDto } from './dto/framework.dto';
import { CreateStandardDto, GenerateDefaultsDto, StandardQueryDto } from './dto/standard.dto';
import { CreateAssessmentsDto, GapQueryDto, HeatmapQueryDto, VoidAssessmentDto } from './dto/assessment.dto';
import { PolicyDto } from './dto/policy.dto';
import { PolicyService } from './policy.service';
import { CompetencyPolicyEntity } from './entities/assessment.entity';

const Uuid = () => new ParseUUIDPipe({ version: '4' });
const EDITORS = ['ADMIN', 'HR_OFFICER'] as const;

@ApiTags('competency-frameworks') @ApiBearerAuth()
@Controller('competency-frameworks')
export class FrameworkController {
  constructor(private readonly frameworks: FrameworkService) {}

  @Get() @Access('any', 'none') @ApiOperation({ summary: 'List competency frameworks (kamus kompetensi) and their versions' })
  list(): Promise<CompetencyFramework[]> { return this.frameworks.list(); }

  @Get(':id') @Access('any', 'none') @ApiOperation({ summary: 'A framework with its groups, competencies, levels and indicators' })
  get(@Param('id', Uuid()) id: string): Promise<FrameworkDetail> { return this.frameworks.get(id); }

  @Post() @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Create a draft framework' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateFrameworkDto): Promise<CompetencyFramework> { return this.frameworks.create(p, dto); }

  @Patch(':id') @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Rename or describe a draft framework' })
  update(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Body() dto: UpdateFrameworkDto): Promise<CompetencyFramework> { return this.frameworks.update(p, id, dto); }

  @Post(':id/publish') @HttpCode(200) @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Publish a draft (the previous published version retires)' })
  publish(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string): Promise<CompetencyFramework> { return this.frameworks.publish(p, id); }

  @Post(':id/retire') @HttpCode(200) @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Retire a published framework' })
  retire(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string): Promise<CompetencyFramework> { return this.frameworks.retire(p, id); }

  @Post(':id/new-version') @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Start a new draft version from this one (old assessments keep their version)' })
  newVersion(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string): Promise<CompetencyFramework> { return this.frameworks.newVersion(p, id); }

  @Post(':id/groups') @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Add a competency group to a draft' })
  addGroup(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Body() dto: GroupDto): Promise<CompetencyGroup> { return this.frameworks.addGroup(p, id, dto); }

  @Post(':id/competencies') @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Add a competency with its levels to a draft' })
  addCompetency(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Body() dto: CompetencyDto): Promise<Competency> { return this.frameworks.addCompetency(p, id, dto); }
}

@ApiTags('competency-frameworks') @ApiBearerAuth()
@Controller('competencies')
export class CompetencyController {
  constructor(private readonly frameworks: FrameworkService) {}

  @Put(':id') @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Replace a draft competency with its levels and indicators' })
  update(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Body() dto: CompetencyDto): Promise<Competency> { return this.frameworks.updateCompetency(p, id, dto); }

  @Delete(':id') @HttpCode(204) @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Remove a competency from a draft' })
  async remove(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string): Promise<void> { await this.frameworks.deleteCompetency(p, id); }
}

@ApiTags('position-standards') @ApiBearerAuth()
@Controller('position-standards')
export class StandardController {
  constructor(private readonly standards: StandardService) {}

  @Get() @Access('any', 'none') @ApiOperation({ summary: 'Position standards (per position or per jabatan type), with requirements' })
  list(@Query() q: StandardQueryDto): Promise<PositionStandard[]> { return this.standards.list(q); }

  @Get('for-position/:positionId') @Access('any', 'none') @ApiOperation({ summary: 'The standard in force today for a position (own, else its type template)' })
  async forPosition(@Param('positionId', Uuid()) positionId: string): Promise<PositionStandard | null> { return this.standards.forPosition(positionId); }

  @Get(':id') @Access('any', 'none') @ApiOperation({ summary: 'One position standard' })
  get(@Param('id', Uuid()) id: string): Promise<PositionStandard> { return this.standards.get(id); }

  @Post() @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Create a standard version (ends the previous one the day before it starts)' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateStandardDto): Promise<PositionStandard> { return this.standards.create(p, dto); }

  @Post('generate-defaults') @Access([...EDITORS], 'none') @ApiOperation({ summary: 'Create templates for every jabatan type from the default levels' })
  generate(@CurrentPrincipal() p: Principal, @Body() dto: GenerateDefaultsDto): Promise<PositionStandard[]> { return this.standards.generateDefaults(p, dto); }
}

@ApiTags('assessments') @ApiBearerAuth()
@Controller()
export class AssessmentController {
  constructor(private readonly assessments: AssessmentService, private readonly gaps: GapService, private readonly sheets: SheetService) {}

  @Get('employees/:id/assessments') @Access('any', 'employee') @ApiOperation({ summary: 'Assessment history of an employee (append-only, voids included)' })
  list(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string): Promise<Assessment[]> { return this.assessments.list(p, id); }

  @Post('assessments') @Access('any', 'employee') @ApiOperation({ summary: 'Record an assessment sheet: self (own), supervisor (his team) or HR (scope)' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateAssessmentsDto): Promise<Assessment[]> { return this.assessments.create(p, dto); }

  @Post('assessments/:id/void') @HttpCode(200) @Access(['ADMIN', 'HR_OFFICER', 'SUPERVISOR'], 'employee') @ApiOperation({ summary: 'Void an assessment with a reason (history is kept)' })
  void(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Body() dto: VoidAssessmentDto): Promise<Assessment> { return this.assessments.void(p, id, dto.reason); }

  @Get('employees/:id/gaps') @Access('any', 'employee') @ApiOperation({ summary: 'Gap analysis against the position standard (or a target position), with JPM and coverage' })
  gap(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Query() q: GapQueryDto): Promise<GapSummary> { return this.gaps.forEmployee(p, id, q.targetPositionId); }

  @Get('employees/:id/assessment-sheet') @Access('any', 'employee') @ApiOperation({ summary: 'Assessment sheet: required levels, current levels, last self-assessment and the level rubric' })
  sheet(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string): Promise<AssessmentSheet> { return this.sheets.sheet(p, id); }

  @Get('team/gaps') @Access(['SUPERVISOR'], 'employee') @ApiOperation({ summary: "The supervisor's direct and indirect reports with gap counts and JPM" })
  team(@CurrentPrincipal() p: Principal): Promise<TeamMemberGap[]> { return this.sheets.team(p); }

  @Get('units/:id/heatmap') @Access(['ADMIN', 'HR_OFFICER', 'SUPERVISOR'], 'unit') @ApiOperation({ summary: 'Unit (or position) × competency heat-map for a unit subtree, in one query' })
  heatmap(@CurrentPrincipal() p: Principal, @Param('id', Uuid()) id: string, @Query() q: HeatmapQueryDto): Promise<Heatmap> { return this.gaps.heatmap(p, id, q.groupBy); }
}

@ApiTags('competency-policy') @ApiBearerAuth()
@Controller('competency-policy')
export class PolicyController {
  constructor(private readonly policy: PolicyService) {}

  @Get() @Access('any', 'none') @ApiOperation({ summary: 'Current-level policy, JPM variant and category thresholds in force' })
  get(): Promise<CompetencyPolicyEntity> { return this.policy.get(); }

  @Put() @Access(['ADMIN'], 'none') @ApiOperation({ summary: 'Change the current-level policy and JPM settings (recomputes cached levels)' })
  put(@CurrentPrincipal() p: Principal, @Body() dto: PolicyDto): Promise<CompetencyPolicyEntity> { return this.policy.change(p, dto); }
}
