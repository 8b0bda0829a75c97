import { paramsFromQuery, queryFromParams } from './employee-query';

describe('employee list query <-> URL', () => {
  it('defaults to name sort, first page, subunits included', () => {
    expect(queryFromParams({})).toEqual(
      expect.objectContaining({ sort: 'name', offset: 0, limit: 25, includeSubunits: true, status: undefined }),
    );
  });

  it('ignores values outside the contract enums', () => {
    expect(queryFromParams({ status: 'DEAD', positionType: 'PELAKSANA' })).toEqual(
      expect.objectContaining({ status: undefined, positionType: 'PELAKSANA' }),
    );
  });

  it('round-trips and drops defaults from the URL', () => {
    const q = queryFromParams({ q: 'siti', unitId: 'u1', includeSubunits: 'false', sort: '-nip', offset: '50' });
    const p = paramsFromQuery(q);
    expect(p).toEqual(expect.objectContaining({ q: 'siti', unitId: 'u1', includeSubunits: 'false', sort: '-nip', offset: 50, limit: null }));
    expect(queryFromParams(Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null)))).toEqual(q);
  });
});
