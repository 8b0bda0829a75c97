import { Component } from '@angular/core';

@Component({
  selector: 'kp-admin-core',
  imports: [],
  templateUrl: './admin-core.html',
  styleUrl: './admin-core.css'
})
export class AdminCore {}
