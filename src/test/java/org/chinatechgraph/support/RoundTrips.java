package org.chinatechgraph.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the Cypher statements the service sends to Neo4j: it wraps the driver, and every session and
 * transaction it opens, and counts each {@code run}.
 */
public class RoundTrips implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final java.util.List<Object[]> recorded = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	private volatile boolean recording;

	public void reset() {
		this.statements.set(0);
	}

	/** Keeps the arguments of every statement sent from now on (the query and its parameters), until taken. */
	public void record() {
		this.recorded.clear();
		this.recording = true;
	}

	/** The statements sent since {@link #record()}, as the arguments given to {@code run}; stops recording. */
	public java.util.List<Object[]> recorded() {
		this.recording = false;
		synchronized (this.recorded) {
			return java.util.List.copyOf(this.recorded);
		}
	}

	public int count() {
		return this.statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver) ? wrap(bean) : bean;
	}

	private Object wrap(Object target) {
		Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(target.getClass());
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		return Proxy.newProxyInstance(getClass().getClassLoader(), publicOnly(interfaces), handler);
	}

	private Object invoke(Object target, Method method, Object[] args) throws Throwable {
		if (target instanceof QueryRunner && method.getName().equals("run")) {
			this.statements.incrementAndGet();
			if (this.recording) {
				this.recorded.add(args.clone());
			}
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		boolean driverObject = result != null && result.getClass().getName().startsWith("org.neo4j.driver")
				&& (result instanceof QueryRunner || result instanceof org.neo4j.driver.BaseSession);
		return driverObject ? wrap(result) : result;
	}

	private static Class<?>[] publicOnly(Class<?>[] interfaces) {
		return java.util.Arrays.stream(interfaces)
			.filter(i -> java.lang.reflect.Modifier.isPublic(i.getModifiers()))
			.toArray(Class<?>[]::new);
	}

}
