#!/usr/bin/env node
import '../action/dist/cli.js';
