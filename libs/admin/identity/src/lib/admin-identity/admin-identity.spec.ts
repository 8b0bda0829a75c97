import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AdminIdentity } from './admin-identity';

describe('AdminIdentity', () => {
  let component: AdminIdentity;
  let fixture: ComponentFixture<AdminIdentity>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [AdminIdentity]
    }).compileComponents();

    fixture = TestBed.createComponent(AdminIdentity);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
