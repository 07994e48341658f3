// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.util.Objects;
import java.util.function.Consumer;

import org.advocacy.layout.GraphBounds;
import org.advocacy.layout.GraphNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The escalation graph's canvas: handles input (selection, double-click, drag to pan, wheel to scroll, Ctrl+wheel
 * or +/- to zoom, 0 to fit), hover tooltips, and hands painting to {@link GraphRenderer} and {@link LegendRenderer}.
 * Owns its {@link GraphResources}.
 */
public final class GraphCanvas extends Canvas {

	private static final double ZOOM_STEP = 1.15;

	private final GraphResources resources;
	private final GraphRenderer renderer;
	private final LegendRenderer legend;
	private GraphScene scene;
	private Viewport viewport = new Viewport(1, 0, 0);
	private GraphNode selected;
	private Point panFrom;
	private boolean dragged;
	private GraphNode hovered;
	/** Whether the graph follows the canvas size: true after fitting, until the user zooms or pans. */
	private boolean autoFit = true;
	private Consumer<GraphNode> selectionListener = node -> {
	};
	private Consumer<GraphNode> openListener = node -> {
	};

	/** @param parent the parent composite */
	public GraphCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new GraphResources(getDisplay());
		renderer = new GraphRenderer(resources);
		legend = new LegendRenderer(resources);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, e -> panFrom = null);
		addListener(SWT.MouseDoubleClick, this::doubleClick);
		addListener(SWT.MouseWheel, this::wheel);
		addListener(SWT.MenuDetect, this::menuDetect);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Resize, e -> {
			if (autoFit) {
				fit();
			}
		});
		addListener(SWT.Dispose, e -> resources.dispose());
	}

	/**
	 * Shows a scene. The zoom and scroll stay, so live updates do not move the picture; a scene with another layout
	 * size is fitted to the canvas.
	 *
	 * @param newScene the scene, or {@code null} for an empty canvas
	 */
	public void setScene(GraphScene newScene) {
		boolean refit = newScene != null && (scene == null || scene.layout().width() != newScene.layout().width()
				|| scene.layout().height() != newScene.layout().height());
		scene = newScene;
		if (selected != null && scene != null) {
			selected = scene.layout().node(selected.id());
		}
		if (refit) {
			fit();
		} else {
			redraw();
		}
	}

	/** @return the scene shown, or {@code null} */
	public GraphScene getScene() {
		return scene;
	}

	/** @return the selected node, or {@code null} */
	public GraphNode getSelectedNode() {
		return selected;
	}

	/** Selects a node (or none) and tells the selection listener. */
	public void select(GraphNode node) {
		if (!Objects.equals(selected == null ? null : selected.id(), node == null ? null : node.id())) {
			selected = node;
			redraw();
			selectionListener.accept(node);
		}
	}

	/** @param listener told when the user selects a node, or clicks empty space ({@code null}) */
	public void setSelectionListener(Consumer<GraphNode> listener) {
		this.selectionListener = Objects.requireNonNull(listener);
	}

	/** @param listener told when the user double-clicks a node */
	public void setOpenListener(Consumer<GraphNode> listener) {
		this.openListener = Objects.requireNonNull(listener);
	}

	/** @return the zoom and scroll */
	public Viewport getViewport() {
		return viewport;
	}

	/** Shows the whole graph. */
	public void fit() {
		if (scene != null) {
			Rectangle area = getClientArea();
			GC gc = new GC(this);
			int legendHeight;
			try {
				legendHeight = legend.height(gc, area);
			} finally {
				gc.dispose();
			}
			viewport = Viewport.fit(scene.layout().width(), scene.layout().height(), area.width,
					area.height - legendHeight);
		}
		autoFit = true;
		redraw();
	}

	/** Zooms in or out by steps around the middle of the canvas. */
	public void zoomBy(int steps) {
		autoFit = false;
		Rectangle area = getClientArea();
		viewport = viewport.zoomAround(viewport.zoom() * Math.pow(ZOOM_STEP, steps), area.width / 2.0,
				area.height / 2.0);
		redraw();
	}

	/** @return the canvas pixel at the middle of a node, for tests and keyboard menus */
	public Point centreOf(GraphNode node) {
		GraphBounds b = node.bounds();
		return new Point((int) Math.round(viewport.screenX(b.x() + b.width() / 2)),
				(int) Math.round(viewport.screenY(b.y() + b.height() / 2)));
	}

	/** @return the node under a canvas pixel, or {@code null} */
	public GraphNode nodeAt(int x, int y) {
		return scene == null ? null : scene.layout().nodeAt(viewport.graphX(x), viewport.graphY(y));
	}

	/** @return the graph's resources, to paint exports in the same colours */
	GraphResources resources() {
		return resources;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle damaged = new Rectangle(e.x, e.y, e.width, e.height);
		gc.setBackground(resources.background());
		gc.fillRectangle(damaged);
		if (scene == null) {
			return;
		}
		renderer.paint(gc, scene, viewport, damaged, selected);
		legend.paint(gc, getClientArea(), damaged);
	}

	private void mouseDown(Event e) {
		setFocus();
		if (e.button != 1) {
			return;
		}
		GraphNode node = nodeAt(e.x, e.y);
		select(node);
		panFrom = node == null ? new Point(e.x, e.y) : null;
		dragged = false;
	}

	private void mouseMove(Event e) {
		if (panFrom != null && (e.stateMask & SWT.BUTTON1) != 0) {
			viewport = viewport.pan(panFrom.x - e.x, panFrom.y - e.y);
			autoFit = false;
			panFrom = new Point(e.x, e.y);
			dragged = true;
			redraw();
			return;
		}
		GraphNode node = nodeAt(e.x, e.y);
		if (!Objects.equals(hovered == null ? null : hovered.id(), node == null ? null : node.id())) {
			hovered = node;
			setToolTipText(node == null ? null : NodeText.tooltip(scene, node));
		}
	}

	private void doubleClick(Event e) {
		GraphNode node = nodeAt(e.x, e.y);
		if (node != null && !dragged) {
			select(node);
			openListener.accept(node);
		}
	}

	private void wheel(Event e) {
		e.doit = false;
		autoFit = false;
		if ((e.stateMask & SWT.MOD1) != 0) {
			viewport = viewport.zoomAround(viewport.zoom() * Math.pow(ZOOM_STEP, Math.signum(e.count)), e.x, e.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			viewport = viewport.pan(-e.count * 20, 0);
		} else {
			viewport = viewport.pan(0, -e.count * 20);
		}
		redraw();
	}

	private void menuDetect(Event e) {
		setToolTipText(null);
		hovered = null;
		Point local = toControl(e.x, e.y);
		GraphNode node = nodeAt(local.x, local.y);
		if (node != null) {
			select(node);
		}
	}

	private void key(Event e) {
		switch (e.character) {
		case '+', '=' -> zoomBy(1);
		case '-' -> zoomBy(-1);
		case '0' -> fit();
		default -> {
			int step = 40;
			autoFit = false;
			switch (e.keyCode) {
			case SWT.ARROW_LEFT -> viewport = viewport.pan(-step, 0);
			case SWT.ARROW_RIGHT -> viewport = viewport.pan(step, 0);
			case SWT.ARROW_UP -> viewport = viewport.pan(0, -step);
			case SWT.ARROW_DOWN -> viewport = viewport.pan(0, step);
			default -> {
				return;
			}
			}
			redraw();
		}
		}
	}
}
