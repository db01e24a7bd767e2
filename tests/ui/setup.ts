// First: React looks for the DevTools hook when it loads.
import './reactCommits';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Lazy panels load their chunk first; on a busy 2-core machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });
