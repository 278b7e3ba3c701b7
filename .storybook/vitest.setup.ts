// Applies Belfry's Storybook configuration (preview.ts: decorators, globals, a11y parameters)
// and the accessibility addon's test hook to stories run under Vitest.
//
// The Storybook plugin could provision these on its own (since Storybook 10.3), but then the
// a11y-gate project, which runs without the plugin, would test a different configuration. With
// this one file both projects run stories with exactly the same annotations, so the gate's
// proof that a violation fails a story holds for the real run too.
import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview';

setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
