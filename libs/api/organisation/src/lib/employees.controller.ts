import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Employee, EmployeeHistoryEntry, EmployeeSummary, Page } from '@kompeten/shared/contract';
import { Access, CurrentPrincipal, Principal } from '@kompeten/api/core';
import { EmployeesService } from './employees.service';
import { CreateEmployeeDto, EmployeeListQueryDto, UpdateEmployeeDto } from './dto/employee.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('employees') @ApiBearerAuth()
@Controller('employees')
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  @Get() @Access('any', 'employee')
  @ApiOperation({ summary: 'Search employees in scope (HR: subtrees, supervisor: reports, employee: himself)' })
  list(@CurrentPrincipal() p: Principal, @Query() q: EmployeeListQueryDto): Promise<Page<EmployeeSummary>> { return this.employees.list(p, q); }

  @Get('me') @Access('any', 'self') @ApiOperation({ summary: "The signed-in user's own employee record" })
  me(@CurrentPrincipal() p: Principal): Promise<Employee> { return this.employees.me(p); }

  @Get(':id') @Access('any', 'employee') @ApiOperation({ summary: 'One employee (403 OUT_OF_SCOPE outside the caller\'s scope)' })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string): Promise<Employee> { return this.employees.get(p, id); }

  @Get(':id/history') @Access('any', 'employee') @ApiOperation({ summary: 'Unit and position history (riwayat jabatan)' })
  history(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string): Promise<EmployeeHistoryEntry[]> { return this.employees.history(p, id); }

  @Post() @Access(['HR_OFFICER', 'ADMIN'], 'unit') @ApiOperation({ summary: 'Register an employee (NIP checked against birth date, gender and type)' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateEmployeeDto): Promise<Employee> { return this.employees.create(p, dto); }

  @Patch(':id') @Access(['HR_OFFICER', 'ADMIN'], 'unit')
  @ApiOperation({ summary: 'Change an employee (optimistic lock); a unit or position change writes history' })
  update(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string, @Body() dto: UpdateEmployeeDto): Promise<Employee> {
    return this.employees.update(p, id, dto);
  }
}
