import { Component } from '@angular/core';

@Component({
  selector: 'kp-admin-ui',
  imports: [],
  templateUrl: './admin-ui.html',
  styleUrl: './admin-ui.css'
})
export class AdminUi {}
