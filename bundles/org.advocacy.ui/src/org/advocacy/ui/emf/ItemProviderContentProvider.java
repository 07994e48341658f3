// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * JFace content provider over EMF.Edit item providers: the elements and children are whatever the generated
 * item providers say they are, and the viewer refreshes itself when the model changes. This is the one bridge
 * from EMF.Edit to JFace viewers in the product (EMF's own {@code edit.ui} is not available on Maven Central).
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	/** @param adapterFactory the factory of item providers; if it is an {@link IChangeNotifier}, changes refresh the viewer */
	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object inputElement) {
		Object provider = adapterFactory.adapt(inputElement, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider structured
				? structured.getElements(inputElement).toArray()
				: toArray(inputElement);
	}

	@Override
	public Object[] getChildren(Object parentElement) {
		Object provider = adapterFactory.adapt(parentElement, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getChildren(parentElement).toArray()
				: new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	/** Refreshes the affected element, or the whole viewer when the element's children changed. */
	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		if (target == null) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				if (notification.getNotifier() != null && isLabelOnly(notification)) {
					target.update(notification.getNotifier(), null);
				} else {
					target.refresh();
				}
			}
		});
	}

	private static boolean isLabelOnly(Notification notification) {
		return notification instanceof org.eclipse.emf.edit.provider.IViewerNotification viewerNotification
				&& !viewerNotification.isContentRefresh() && viewerNotification.isLabelUpdate();
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}

	private static Object[] toArray(Object inputElement) {
		if (inputElement instanceof Collection<?> collection) {
			return collection.toArray();
		}
		return inputElement instanceof Object[] array ? array : new Object[0];
	}
}
