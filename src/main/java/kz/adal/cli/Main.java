package kz.adal.cli;
public class Main { public static void main(String[] a) {} }
