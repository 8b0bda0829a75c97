import { Component } from '@angular/core';

@Component({
  selector: 'kp-admin-organisation',
  imports: [],
  templateUrl: './admin-organisation.html',
  styleUrl: './admin-organisation.css'
})
export class AdminOrganisation {}
