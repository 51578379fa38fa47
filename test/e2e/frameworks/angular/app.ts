// An Angular host (AOT-compiled by ngc, zoneless): every widget, list properties as arrays, other
// properties from signals, a widget's event fed back into its own property, and the language switched.
import '@angular/compiler'; // links Angular's own partially compiled packages at run time (no CLI here)
import { Component, CUSTOM_ELEMENTS_SCHEMA, input, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { setLocale } from 'cst-widgets';

/** The widgets App does not write out, from src/widgets.json: build.mjs writes widgets.html. */
@Component({
  selector: 'app-widgets',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './widgets.html',
})
export class Widgets {
  readonly audience = input.required<string>();
}

@Component({
  selector: 'main',
  imports: [Widgets],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <cst-quick-exit position="inline" (cst-exit)="$event.preventDefault()"></cst-quick-exit>
    <cst-hotline-banner [audience]="audience()" dismissible></cst-hotline-banner>
    <cst-red-flags [audience]="audience()" [categories]="categories()" heading-level="2" (cst-filter-change)="onFilter($event)"></cst-red-flags>
    <cst-trafficking-types [types]="types" no-intro></cst-trafficking-types>
    <cst-trafficking-type type="gang-controlled" heading-level="3"></cst-trafficking-type>
    <cst-do-dont [audience]="audience()"></cst-do-dont>
    <app-widgets [audience]="audience()" />
    <p>
      <output id="heard">{{ heard() }}</output>
      <button id="audience" type="button" (click)="audience.set('professionals')">Professionals</button>
      <button id="spanish" type="button" (click)="spanish()">Español</button>
    </p>
  `,
})
export class App {
  readonly audience = signal('parents');
  readonly categories = signal<string[]>(['money', 'online']);
  readonly heard = signal('');
  readonly types = ['familial', 'buyer-perpetrated'];

  onFilter(event: Event) {
    const { categories } = (event as CustomEvent<{ categories: string[] }>).detail;
    this.heard.set(categories.join(' '));
    this.categories.set(categories.length ? categories : ['money', 'online']);
  }

  spanish() {
    void setLocale('es');
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));
