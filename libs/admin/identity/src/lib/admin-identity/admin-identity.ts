import { Component } from '@angular/core';

@Component({
  selector: 'kp-admin-identity',
  imports: [],
  templateUrl: './admin-identity.html',
  styleUrl: './admin-identity.css'
})
export class AdminIdentity {}
