// Imported first by the drop-in entry: every element it brings is then defined in a task of its own.
import { defineInTasks } from './define.js';

defineInTasks();
