import './graph.css';
import { GraphToHost, GraphViewState, HostToGraph, isHostToGraph } from '../../src/shared/protocol';
import { connect } from '../shared/host';
import { GraphView } from './graph-view';
import { LayoutClient } from './layout-client';

/**
 * The IR graph webview. Page contract: scripts dist/webview/graph.js; styles media/webview.css and
 * dist/webview/graph.css; `<body data-worker="URI of dist/webview/graph-layout-worker.js">`. It posts `ready` once
 * it listens; the host answers with `init`.
 */

const layout = LayoutClient.create(document.body.dataset.worker);
const app = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
let view: GraphView | undefined;
const api = connect<HostToGraph, GraphToHost, GraphViewState>(isHostToGraph, (m) => view?.handle(m));
view = new GraphView(app, api, layout);
api.post({ type: 'ready' });
